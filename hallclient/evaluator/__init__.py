"""The window's evaluation device (评价器): one driver interface, the desk that runs a prompt, the drivers.

:mod:`~hallclient.evaluator.device` is the interface every driver implements (Qt-free);
:mod:`~hallclient.evaluator.desk` turns "this service ended" into a prompt on the device and the
device's answer (or the timeout) into a stored evaluation. Drivers: the built-in screen
(:mod:`~hallclient.evaluator.builtin`), a serial-port pad (:mod:`~hallclient.evaluator.serial_pad`) and,
in ``sync``, a network tablet relayed through the central service (:mod:`sync.rating_pad`).
"""
