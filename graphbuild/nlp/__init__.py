"""The spaCy stage: the installed English model and our news components."""
from .pipeline import DEFAULT_MODEL, build_pipeline, load_model

__all__ = ["DEFAULT_MODEL", "build_pipeline", "load_model"]
