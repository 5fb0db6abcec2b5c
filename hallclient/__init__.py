"""HallClient core: the Qt-free heart of the hall's counter client.

Everything a counter does (queue, acceptance, hand-out, evaluation) is decided here and stored in
the local cache; ``ui`` only draws it and ``sync`` only carries it to the central system.
"""

__version__ = "0.1.0"
#: The central API major version this client speaks; the server announces its own in /health.
API_VERSION = 1
