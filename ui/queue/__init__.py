"""The queue screens: the guide desk's issuing, the window's caller, the hall display and its voice."""
