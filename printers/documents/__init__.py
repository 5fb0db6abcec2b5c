"""A4 documents as PDF bytes (reportlab, an embedded Chinese font), and their short slip versions.

Entry points: ``case.render_documents(CaseDocument, outcome.documents)`` (or one of
``acceptance_receipt``, ``correction_notice``, ``refusal_decision``, ``deferral_pledge``,
``commitment_pledge``), ``notice.notice_pdf(Notice)``, and ``receipts.*_slip`` for the receipt printer.
Inputs are plain frozen dataclasses (``model.CaseDocument``, ``hallclient.notice.Notice``): no database.
"""
