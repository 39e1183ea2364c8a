"""One exception type per family; only the CLI and API edges catch them."""


class NewsledgerError(Exception):
    """Base of every error newsledger raises on purpose."""


class InputError(NewsledgerError):
    """The input (file, text, URL, request) cannot be analysed."""


class StoreError(NewsledgerError):
    """The store cannot be opened, migrated or written."""


class EvalError(NewsledgerError):
    """Gold data cannot be read."""
