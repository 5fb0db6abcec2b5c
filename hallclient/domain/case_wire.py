"""The JSON shape of a case between counter and centre: the ``case.*`` op payloads and the feed's
``case`` entity use these keys, so both ends name them once, here."""

from __future__ import annotations

from hallclient.domain.masking import mask_id_number, mask_phone

#: Scalar case fields that travel as they are.
CASE_FIELDS = ("number", "ticket_id", "ticket_number", "bundle_code", "applicant_type", "applicant_name", "id_type",
               "id_number", "phone", "legal_rep", "agent_name", "agent_id_type", "agent_id_number", "agent_phone",
               "project_code", "form", "status", "decision", "decision_reason", "commitment_signed",
               "deadline_provisional", "window_id", "clerk")
#: Dates (ISO ``YYYY-MM-DD``) and times (ISO with offset).
CASE_DATES = ("service_date", "promised_date", "supplement_due")
CASE_TIMES = ("created_at", "accepted_at")
#: The applicant and agent fields a ``case.edit`` may change.
PARTY_FIELDS = ("applicant_type", "applicant_name", "id_type", "id_number", "phone", "legal_rep", "agent_name",
                "agent_id_type", "agent_id_number", "agent_phone")
MATERIAL_FIELDS = ("key", "name", "required", "deferrable", "required_form", "copies", "source", "elicence_type",
                   "item_codes", "state", "form", "pages", "note", "elicence_number", "file_sha256")
HISTORY_FIELDS = ("status", "at", "actor", "window_id", "note")
#: Personal fields the feed carries masked (DOMAIN.md §9), with their mask.
MASKED = {"id_number": mask_id_number, "phone": mask_phone, "agent_id_number": mask_id_number,
          "agent_phone": mask_phone}
