"""The Qt (PySide6) user interface: the only package that imports Qt.

Views observe the core through the change bus and call it through :mod:`ui.ops`; they never talk
HTTP or SQL themselves, and long work never runs on the Qt thread.
"""
