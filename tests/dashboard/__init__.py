"""The Qt-free dashboard core against a hand-checked day, bad input, properties and the report exports."""
