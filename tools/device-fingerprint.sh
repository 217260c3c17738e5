#!/usr/bin/env bash
# The fingerprint tokenizer's GPU check (issue 24): training steps/s and encoding speed in fp32 and bf16 on the GPU against
# the CPU in the same run, and how far the GPU's codes are from the CPU's. For a session lent a device machine (the tool
# library's device/README.md): its image has torch and torchaudio but not every package audiotokens imports, and no network.
#   here:   bash tools/device-fingerprint.sh prepare     wheels it lacks -> .whl/, 24 held-out 20-s excerpts -> .devaudio/
#   there:  run(command="bash tools/device-fingerprint.sh run", carry=[".whl", ".devaudio"], timeout_s=420)
#           -> $OUT/fingerprint_device.json and .md (about 3 minutes; copy them to results/ here)
set -euo pipefail
case "${1:-}" in
prepare)
    wanted=$(mktemp)    # the device image's python is 3.12 and lacks these (the versions of our lock)
    grep -E '^(cffi|faiss-cpu|fastcore|pycparser|RapidFuzz|soundfile|soxr)==' requirements/lock.txt > "$wanted"
    rm -rf .whl && .venv/bin/python -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp \
        --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64 --platform manylinux_2_17_x86_64 \
        --platform manylinux2014_x86_64 -d .whl -r "$wanted"
    rm "$wanted"
    .venv/bin/python - <<'PY'
from pathlib import Path
import soundfile as sf
from audiotokens.bench.fingerprint import pool_excerpts, training_pool
pool = training_pool("data")
out = Path(".devaudio"); out.mkdir(exist_ok=True)
for i, w in enumerate(pool_excerpts(list(pool.path[pool.role == "valid"]), 3, 20.0, 8000)[:24]):
    sf.write(out / f"{i:02d}.wav", w, 8000, subtype="PCM_16")
PY
    du -sh .whl .devaudio ;;
run)
    python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl
    nvidia-smi -L || true
    PYTHONPATH="/tmp/site:$PWD" PYTHONUNBUFFERED=1 python3 -c 'import sys; from audiotokens.cli import main; sys.exit(main())' \
        bench fingerprint-device --audio-dir .devaudio --out "${OUT:-results}" --work-dir /tmp/fingerprint-device ;;
*)
    echo "usage: bash tools/device-fingerprint.sh prepare|run" >&2; exit 2 ;;
esac
