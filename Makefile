# audiotokens: `make reproduce` runs the main job, `make test` passes the tests.
# Both create .venv and install everything they need (system packages with apt when root).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LOCK   := requirements/lock.txt
# Benchmark settings are passed only when set (make reproduce CLIPS=60 ...); every default is the benchmark function's.

.PHONY: help install lock lock-add system-deps test check-notebooks reproduce bench-features bench-chorus bench-tokenizers bench-qbe bench-index-speed bench-calibration bench-vqvae bench-classify export clean-notebooks

help:
	@echo "make reproduce   run the reproduction record (feature, chorus, tokenizer, query-by-example, index-speed, calibration, VQ-VAE2 and classification"
	@echo "                 benchmarks); smaller with CLIPS= SONGS= TUNES= EPOCHS= QUERIES= INDEX_SIZES= CAL_QUERIES= VQVAE_EPOCHS= CLASSIFY_EPOCHS="
	@echo "                 (each unset one keeps its benchmark's default: audiotokens bench NAME --help shows them)"
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
	$(BIN)/audiotokens bench features $(if $(CLIPS),--clips $(CLIPS))

bench-chorus: install
	$(BIN)/audiotokens bench chorus $(if $(SONGS),--songs $(SONGS))
	$(BIN)/audiotokens record chorus

bench-tokenizers: install
	$(BIN)/audiotokens bench tokenizers $(if $(TUNES),--tunes $(TUNES)) $(if $(EPOCHS),--epochs $(EPOCHS))

# the query-by-example benchmark uses the wav2tok tokenizers that bench-tokenizers trains
bench-qbe: install
	$(BIN)/audiotokens bench qbe $(if $(QUERIES),--queries $(QUERIES)) $(if $(TUNES),--tunes $(TUNES))

bench-index-speed: install
	$(BIN)/audiotokens bench index-speed $(if $(INDEX_SIZES),--sizes $(INDEX_SIZES))

bench-calibration: install
	$(BIN)/audiotokens bench calibration $(if $(CAL_QUERIES),--queries $(CAL_QUERIES))
	$(BIN)/audiotokens record calibration

bench-vqvae: install
	$(BIN)/audiotokens bench vqvae $(if $(VQVAE_EPOCHS),--epochs $(VQVAE_EPOCHS))

bench-classify: install
	$(BIN)/audiotokens bench classify $(if $(CLASSIFY_EPOCHS),--epochs $(CLASSIFY_EPOCHS))

reproduce: bench-features bench-chorus bench-tokenizers bench-qbe bench-index-speed bench-calibration bench-vqvae bench-classify

export: install
	$(BIN)/nbdev_clean && $(BIN)/nbdev_export

clean-notebooks: export
