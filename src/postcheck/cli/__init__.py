"""The command line: files, batches and workers, the doctor, and the click commands."""
