"""Reading inputs into Pages: files (.html/.htm, .txt, .jsonl, .warc/.warc.gz), folders, standard input, records."""
