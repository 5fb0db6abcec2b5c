"""Slip printing for thermal ticket printers: layouts, ESC/POS rendering and printer URLs.

Qt-free like the rest of the core, so the kiosk, the counter UI and the command line print the same
bytes. Callers build a slip (``slips``), turn it into blocks for a paper width and hand the blocks to
``job.print_blocks`` with the printer URL from the settings.
"""
