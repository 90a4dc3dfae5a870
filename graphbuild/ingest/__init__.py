"""Reading news into Article records: text, Markdown, HTML, JSON lines, directories, globs, stdin."""
from .readers import READERS, make_article, register_reader
from .walk import Skipped, iter_articles, read_file

__all__ = ["READERS", "Skipped", "iter_articles", "make_article", "read_file", "register_reader"]
