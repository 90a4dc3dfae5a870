"""Entity resolution across articles: aliases, coreference results, gazetteer links, stable keys."""
from .resolver import RESOLVERS, register_resolver, resolve

__all__ = ["RESOLVERS", "register_resolver", "resolve"]
