"""Language analysis: the social-media-aware tokenizer, Voikko, and the spaCy pipelines."""
