"""Tests of the printers package: slips decoded from their ESC/POS bytes, URLs, status over TCP."""
