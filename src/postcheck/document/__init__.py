"""The draft as written: file reading, front matter, Markdown and plain-text prose with offsets, positions, suppression comments."""
