"""How facts are attributed to sources in a built graph: the share of evidence links that name a source
(gb:assertedBy), and the share of those that the busiest sources hold. store_queries.py generates its corpora
with the shares this prints for real articles (its SHAPES), so that "facts one outlet asserted" returns what it
would on real news.

    graphbuild build ARTICLES -o real.nq
    python benchmarks/source_shares.py real.nq
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pyoxigraph as ox

QUERY = """PREFIX gb: <https://w3id.org/graphbuild/ontology#>
SELECT ?ev ?source WHERE { GRAPH ?article { ?statement gb:evidence ?ev . OPTIONAL { ?ev gb:assertedBy ?source } } }"""


def main(path: str) -> None:
    store = ox.Store()
    store.bulk_load(path=path, format=ox.RdfFormat.from_extension(Path(path).suffix.lstrip(".")))
    sources = Counter(str(row["source"]) if row["source"] else None for row in store.query(QUERY))
    links, unsourced = sum(sources.values()), sources.pop(None, 0)
    sourced = links - unsourced
    print(f"{links:,} evidence links, {sourced:,} name a source ({sourced / max(links, 1):.1%}), "
          f"{len(sources):,} distinct sources")
    for source, count in sources.most_common(5):
        print(f"  {count:>6,}  {count / max(sourced, 1):6.1%} of sourced  {count / max(links, 1):6.1%} of all  {source}")


if __name__ == "__main__":
    main(sys.argv[1])
