"""The ground floor: value types and helpers every layer shares (errors, findings and reports, data files, the schema of TOML tables)."""
