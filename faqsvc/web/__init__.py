"""HTTP: a Falcon app whose resources read parameters, call the core and shape the response."""
