"""The fingerprint index's search settings on validation queries (issue 24), never on the benchmark's test tracks.

Queries are cut from the 9 held-out tracks of the fingerprint training partition (`role == valid`; the model chose its
checkpoint on them, never trained on them), 60 per (length, profile) at 1 / 2 / 5 s, seed 1. Profiles: the benchmark's,
less noise-20dB, and two stress profiles, white and pink noise at -5 dB (white noise at 0 dB is already found at 5 s on
these tracks). The index holds the tracks' 30-s items and the first `--distractor-tracks` tracks of `bench fingerprint`'s
distractors (400: 18.8 h), read from its cache under data/distractors (rendered there when missing: about 25 minutes).

    .venv/bin/python tools/fingerprint-validation.py --search 32,32 32,128 32,256 64,128     # probes,shortlist pairs

prints top-1 per (profile, length), per length, and the median ms a query, for each setting. Run it at an older commit
(`git checkout 5a60677`) to get the rescoring that averaged over only the windows inside an item.
"""
import argparse
from pathlib import Path

import numpy as np
import pandas as pd

from audiotokens.bench import qbe
from audiotokens.bench.fingerprint import training_pool
from audiotokens.bench.qbe import FingerprintMethod, IndexCodes, game_music_benchmark
from audiotokens.bench.scale import distractor_plan, distractor_reps, growth_rows
from audiotokens.tokenizers.core import SHIPPED_TOKENIZERS, load_tokenizer

STRESS = {"noise-m5dB": [("noise", dict(color="white", snr_db=-5.0))], "pink-m5dB": [("noise", dict(color="pink", snr_db=-5.0))]}
PROFILES = ("clean", "noise-0dB", *STRESS, "noise-10dB", "pitch-shift", "reverb", "telephone", "mp3", "time-stretch", "band-pass")

args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
args.add_argument("--search", nargs="+", default=["32,128"], help="probes,shortlist pairs to compare")
args.add_argument("--queries", type=int, default=60, help="queries per (length, profile)")
args.add_argument("--distractor-tracks", type=int, default=400)
args.add_argument("--work-dir", default="data")
a = args.parse_args()

tok = load_tokenizer(SHIPPED_TOKENIZERS / "fingerprint")
pool = training_pool(a.work_dir)
qbe.QUERY_PROFILES.update(STRESS)                      # the benchmark's query plan, with these profiles and lengths
plan_queries = qbe.query_plan
qbe.query_plan = lambda items, n, seed=0: plan_queries(items, n, seconds=(1.0, 2.0, 5.0), profiles=PROFILES, seed=seed)
game = game_music_benchmark(pool[pool.role == "valid"].assign(label=lambda d: d.package), a.queries,
                            methods=[FingerprintMethod(tok)], kmeans={}, seed=1)
distractors = distractor_reps(distractor_plan(1800, 400, n_tunes=2000, seed=0), [IndexCodes(tok)], Path(a.work_dir) / "distractors")
for setting in a.search:
    probes, shortlist = map(int, setting.split(","))
    rows = growth_rows([FingerprintMethod(tok, probes=probes, shortlist=shortlist)], game, distractors, a.distractor_tracks,
                       progress=False)[0].assign(hit=lambda d: d["rank"] == 1)
    print(f"\n== probes {probes}, shortlist {shortlist}: {rows.distractor_hours.iloc[0]:.1f} h of distractors, {len(rows)} queries")
    print(rows.pivot_table(index="profile", columns="seconds", values="hit").reindex(list(PROFILES)).round(3).to_string())
    print(pd.DataFrame(dict(top1=rows.groupby("seconds").hit.mean(), n=rows.groupby("seconds").size(),
                            median_ms=rows.groupby("seconds").latency_ms.median())).round(3).to_string())
