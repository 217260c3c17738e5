# audiotokens: `make reproduce` runs the main job, `make test` passes the tests.
# Both create .venv and install everything they need (system packages with apt when root).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LOCK   := requirements/lock.txt
# Benchmark settings are passed only when set (make reproduce CLIPS=60 ...); every default is the benchmark function's.
# SCALE=quick: the same benchmarks and records at a small scale (under 15 min on 2 cores), written to results/quick,
# data/quick and records/quick and marked as quick-scale in every title; the full record (the default) is what is committed.
SCALE ?= full
ifeq ($(SCALE),quick)
RESULTS := results/quick
WORK    := data/quick
RECORDS := records/quick
CLIPS ?= 16
SONGS ?= 4
TUNES ?= 24
EPOCHS ?= 2
QUERIES ?= 2
INDEX_SIZES ?= 2000
CAL_QUERIES ?= 10
VQVAE_EPOCHS ?= 1
CLASSIFY_EPOCHS ?= 1
QUICK_GAME := --tracks 8
QUICK_QBE := --speed-sizes 2000
QUICK_INDEX := --queries 100
QUICK_CAL := --seeds 0
QUICK_CLASSIFY := --wav2tok-steps 20 --tasks few-words hedgewars-merged --seeds 0 1 --copies 1
QUICK_CLASSIFY_MUSIC := --wav2tok-steps 20 --tasks game-music --seeds 0 1 --copies 1
QUICK_MELODY := --tunes 60 --query-tunes 8 10
QUICK_SCALE_OUT := --files 150 --tracks 8 --tunes 60 --query-tunes 8 10
QUICK_VECTORS := --sizes 20000 40000 --queries 200 --music-tracks 16 --speech-tracks 4 --n-tunes 48 --tracks 8
QUICK_SERVE := --tracks 8 --uploads 40 --vector-requests 400 --batch-requests 40 --soak-requests 2000 --distractor-music 16 --distractor-speech 4 --distractor-tunes 48
else ifeq ($(SCALE),full)
RESULTS := results
WORK    := data
RECORDS := records
else
$(error SCALE is full or quick, not '$(SCALE)')
endif
BENCH  = $(BIN)/audiotokens bench --scale $(SCALE)
DIRS   = --out $(RESULTS) --work-dir $(WORK)
RECORD = $(BIN)/audiotokens record --results $(RESULTS) --work-dir $(WORK) --dest-dir $(RECORDS)

.PHONY: help install lock lock-add system-deps test check-notebooks reproduce bench-features bench-chorus bench-tokenizers bench-qbe bench-index-speed bench-calibration bench-vqvae bench-classify bench-classify-music bench-classify-fingerprint bench-fingerprint bench-fingerprint-device bench-qbe-scale bench-melody bench-serve bench-scale bench-vectors records-index export clean-notebooks

help:
	@echo "make reproduce   run the reproduction record (feature, chorus, tokenizer, query-by-humming, fingerprint-tokenizer, query-by-example, index-speed, service-load, Ray-pipeline, vector-index, calibration, VQ-VAE2 and classification"
	@echo "                 benchmarks); smaller with CLIPS= SONGS= TUNES= EPOCHS= QUERIES= INDEX_SIZES= CAL_QUERIES= VQVAE_EPOCHS= CLASSIFY_EPOCHS="
	@echo "                 (each unset one keeps its benchmark's default: audiotokens bench NAME --help shows them)"
	@echo "make reproduce SCALE=quick   the same records at a small scale (results/quick, records/quick), marked quick-scale"
	@echo "make bench-qbe-scale   query by example with ~100 h of distractors in the index (its own record, not in reproduce)"
	@echo "make bench-fingerprint-device   the fingerprint tokenizer's training and encoding speed per device and precision"
	@echo "make bench-classify-fingerprint   the shipped fingerprint tokens as the token models' input (spoken words)"
	@echo "make test        install, check notebooks are clean and exported, run nbdev_test"
	@echo "make export      nbdev_clean + nbdev_export after editing notebooks"
	@echo "make lock        re-resolve $(LOCK) from settings.ini in a fresh venv (moves every pin: review the diff)"
	@echo "make lock-add    add a new requirement's packages to $(LOCK), keeping every existing pin"

system-deps:
	@bash .ci/system-deps

# the install takes exactly the versions in the lock (constraints), then checks that nothing else is in the venv
$(STAMP): settings.ini setup.py $(LOCK)
	@$(MAKE) --no-print-directory system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -c $(LOCK) -e ".[dev]"
	bash .ci/check-lock
	touch $(STAMP)

install: $(STAMP)

lock:
	PYTHON=$(PYTHON) bash .ci/lock

lock-add:
	PYTHON=$(PYTHON) bash .ci/lock --add

check-notebooks: install
	@bash .ci/check-notebooks

# librosa's numba kernels cache themselves on first use; two test workers compiling at once can leave a
# corrupt cache (segfaults later), so compile them once here, into a cache of our own, before the tests.
export NUMBA_CACHE_DIR := $(CURDIR)/$(VENV)/numba-cache

test: check-notebooks
	$(BIN)/python -c "import numpy as np, librosa; y = np.random.default_rng(0).standard_normal(22050).astype('float32'); librosa.feature.chroma_stft(y=y, sr=22050); librosa.yin(y, fmin=100, fmax=800, sr=22050)"
	$(BIN)/nbdev_test --n_workers 2 --timing

bench-features: install
	$(BENCH) features $(DIRS) $(if $(CLIPS),--clips $(CLIPS))
	$(RECORD) features

bench-chorus: install
	$(BENCH) chorus $(DIRS) $(if $(SONGS),--songs $(SONGS))
	$(RECORD) chorus

bench-tokenizers: install
	$(BENCH) tokenizers $(DIRS) $(if $(TUNES),--tunes $(TUNES)) $(if $(EPOCHS),--epochs $(EPOCHS))
	$(RECORD) tokenizers

# query by humming among a thousand tunes; compares the tokenizers that bench-tokenizers trains (and keeps their tunes out)
bench-melody: install
	$(BENCH) melody $(DIRS) $(QUICK_MELODY)
	$(RECORD) melody

# the learned fingerprint tokenizer: trained (or resumed) on its committed partition of music, its cost, speed and in-corpus
# figure (about 70 minutes on 2 cores, 15 once trained); bench-qbe then sets it beside the other methods on held-out music
ifeq ($(SCALE),quick)
QUICK_FINGERPRINT := --steps 100 --queries 2 --tracks 8 --distractor-music 16 --distractor-speech 4 --n-tunes 48
endif
bench-fingerprint: install
	$(BENCH) fingerprint $(DIRS) $(QUICK_FINGERPRINT)
	$(RECORD) fingerprint

# the shipped fingerprint tokenizer's training and encoding speed on the CPU and, where one is present, the GPU (fp32 and bf16)
# against the CPU, and how far each is from fp32 on the CPU (not part of `make reproduce`: a few minutes)
bench-fingerprint-device: install
	$(BENCH) fingerprint-device $(DIRS)

# the query-by-example benchmark uses the wav2tok tokenizers that bench-tokenizers trains and the fingerprint tokenizer
bench-qbe: install
	$(BENCH) qbe $(DIRS) $(if $(QUERIES),--queries $(QUERIES)) $(if $(TUNES),--tunes $(TUNES)) $(QUICK_GAME) $(QUICK_QBE)
	$(RECORD) qbe

bench-index-speed: install
	$(BENCH) index-speed $(DIRS) $(if $(INDEX_SIZES),--sizes $(INDEX_SIZES)) $(QUICK_GAME) $(QUICK_INDEX)
	$(RECORD) index_speed

# the search service under load on this machine (loopback only): uploads and vector queries from 1, 4 and 16 clients, a soak
bench-serve: install
	$(BENCH) serve $(DIRS) $(QUICK_SERVE)
	$(RECORD) serve

# past one machine: the Ray pipeline against the local one on the same files and cores
bench-scale: install
	$(BENCH) scale $(DIRS) $(QUICK_SCALE_OUT)
	$(RECORD) scale

# the vector index at 10^6 and 10^7 real per-window vectors: one index against shards merged on disk, and a projection to
# 10^9 (after bench-serve: the windows come from the distractors it renders, cached under $(WORK)/distractors)
bench-vectors: install
	$(BENCH) vectors $(DIRS) $(QUICK_VECTORS)
	$(RECORD) vectors

bench-calibration: install
	$(BENCH) calibration $(DIRS) $(if $(CAL_QUERIES),--queries $(CAL_QUERIES)) $(QUICK_GAME) $(QUICK_CAL)
	$(RECORD) calibration

# query by example with ~100 hours of rendered distractors in the index (not part of `make reproduce`: about an hour on
# 2 cores; the distractors' representations are cached under $(WORK)/distractors, so a rerun skips the rendering)
ifeq ($(SCALE),quick)
QUICK_SCALE := --music-tracks 16 --speech-tracks 4 --tunes 48 --sizes 8 --tracks 6 --queries 2
endif
bench-qbe-scale: install
	$(BENCH) qbe-scale $(DIRS) $(QUICK_SCALE)
	$(RECORD) qbe_scale

bench-vqvae: install
	$(BENCH) vqvae $(DIRS) $(if $(VQVAE_EPOCHS),--epochs $(VQVAE_EPOCHS)) $(if $(QUERIES),--queries $(QUERIES)) $(QUICK_GAME)
	$(RECORD) vqvae

# the speech tasks, three seeds each with augmentation and ablations (about 90 minutes)
CLASSIFY_TASKS ?= spoken-words few-words hedgewars hedgewars-merged hedgewars-english
bench-classify: install
	$(BENCH) classify $(DIRS) $(if $(CLASSIFY_EPOCHS),--epochs $(CLASSIFY_EPOCHS)) $(if $(QUICK_CLASSIFY),$(QUICK_CLASSIFY),--tasks $(CLASSIFY_TASKS))
	$(RECORD) classify

# the instrument (held-out soundfont) and game-music (choruses, held-out pieces) tasks in their own record, shown in the
# classify record beside the speech tasks (not part of `make reproduce`: about 2.5 hours on two cores)
bench-classify-music: install
	$(BENCH) classify $(DIRS) --name classify_music $(if $(CLASSIFY_EPOCHS),--epochs $(CLASSIFY_EPOCHS)) $(if $(QUICK_CLASSIFY_MUSIC),$(QUICK_CLASSIFY_MUSIC),--tasks instruments game-music)
	$(RECORD) classify

# the fingerprint tokenizer shipped in the package (trained for retrieval on its own partition of music) as the token models'
# input, three seeds (spoken words by default, 15 minutes; CLASSIFY_FINGERPRINT_TASKS="$(CLASSIFY_TASKS)" for every speech
# task, about an hour): its own record, shown in the classify record beside the other inputs (not part of `make reproduce`)
CLASSIFY_FINGERPRINT_TASKS ?= spoken-words
bench-classify-fingerprint: install
	$(BENCH) classify $(DIRS) --name classify_fingerprint --inputs fingerprint --models token-lstm token-transformer bag-logreg $(if $(CLASSIFY_EPOCHS),--epochs $(CLASSIFY_EPOCHS)) $(if $(QUICK_CLASSIFY),$(QUICK_CLASSIFY),--tasks $(CLASSIFY_FINGERPRINT_TASKS))
	$(RECORD) classify

# the front page: every record's headline figure, and the README's results section generated from it
records-index: install
	$(RECORD) index
	$(if $(filter full,$(SCALE)),$(BIN)/audiotokens readme-results)

reproduce: bench-features bench-chorus bench-tokenizers bench-melody bench-fingerprint bench-qbe bench-index-speed bench-serve bench-scale bench-vectors bench-calibration bench-vqvae bench-classify
	@$(MAKE) --no-print-directory records-index

export: install
	$(BIN)/nbdev_clean && $(BIN)/nbdev_export

clean-notebooks: export
