"""The hand-out at the window and the guide desk: 待出件, 取件号, verification, signature, mail."""
