"""An installed wheel carries the ontology files and finds them from anywhere."""
from __future__ import annotations

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_contains_ontologies_and_installed_package_finds_them(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "dist"), str(ROOT)], check=True, timeout=300)
    [wheel] = (tmp_path / "dist").glob("graphbuild-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("graphbuild.ttl", "context.jsonld"):
        assert f"graphbuild/ontologies/{name}" in names
    assert "graphbuild/nlp/model-digests.json" in names
    assert "graphbuild/viz/templates/view.html" in names
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, timeout=300)
    probe = "import graphbuild.ontology as o; print(o.ontology_dir())"
    found = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                           cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}).stdout.strip()
    assert found == str(target / "graphbuild" / "ontologies")
