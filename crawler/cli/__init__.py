"""The ``newsarchive`` command: a thin click layer over the Python API."""
