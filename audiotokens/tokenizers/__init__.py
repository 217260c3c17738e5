"Audio tokenizers behind one interface: `KMeansTokenizer`, `Wav2Tok`, `VQVAE`; `load_tokenizer(dir)` reloads any of them."
from audiotokens.tokenizers.core import (KMeansTokenizer, Tokenizer, bag_of_tokens, compress, edit_distance, load_tokenizer,
                                         ngram_jaccard, pad_tokens)
from audiotokens.tokenizers.wav2tok import Wav2Tok, Wav2TokConfig
from audiotokens.tokenizers.vqvae import VQVAE, VQVAEConfig
