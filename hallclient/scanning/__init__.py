"""Scanning without Qt: page sources, their checks, and one PDF per case material.

``sources`` reads and checks an incoming file (PDF, JPEG, PNG, TIFF), ``images`` turns an image page
into a 200 dpi JPEG, ``compose`` makes a material's one PDF, ``hotfolder`` watches the folder a
scanner's software writes to, ``sane`` drives ``scanimage`` on Linux. ``hall.scans``
(``hallclient/services/scans.py``) keeps the pages of each material and hands the PDF to the uploader.
The document camera (高拍仪) is captured by the UI (Qt Multimedia), which passes the image to
``hall.scans.add_image``.
"""
