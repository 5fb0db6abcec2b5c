"""Drivers of the devices at a counter (ID-card reader, rating pad), Qt-free, each behind a small protocol."""
