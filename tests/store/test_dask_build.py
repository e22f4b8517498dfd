"""Extraction fanned out on a Dask cluster gives the graph a local build gives."""
from __future__ import annotations

import logging
from pathlib import Path

import pytest

from kg.corpus import build_corpus
from kg.store.memory import MemoryStore

distributed = pytest.importorskip("distributed")


def test_a_build_on_a_dask_cluster_equals_a_local_build(corpus: Path, tmp_path: Path):
    missing = tmp_path / "gone.zh.txt"  # a file this machine cannot read is still reported
    with distributed.LocalCluster(processes=False, n_workers=1, threads_per_worker=2,
                                  dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        with MemoryStore() as on_dask:
            summary = build_corpus([corpus, missing], on_dask, dask=cluster.scheduler_address)
            fanned_out = sorted(str(on_dask.oxigraph).splitlines())
    with MemoryStore() as here:
        build_corpus([corpus], here, jobs=1)
        local = sorted(str(here.oxigraph).splitlines())
    assert summary.loaded == 12
    assert [failure.source for failure in summary.failures] == [str(missing)]
    assert "no such file" in summary.failures[0].message
    assert fanned_out == local
