#!/usr/bin/env python3
"""Queries an igkg SPARQL endpoint with rdflib's SPARQLStore, as a notebook user would."""
import sys

import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore

store = SPARQLStore(query_endpoint=sys.argv[1], returnFormat="json")
graph = rdflib.Graph(store=store)
rows = list(graph.query("""
    PREFIX igkg: <https://w3id.org/igkg/ontology#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    SELECT DISTINCT ?label WHERE {
      <https://w3id.org/igkg/issue/privacy> skos:broader* ?stated .
      ?body igkg:coversIssue ?stated ; skos:prefLabel ?label .
    } ORDER BY ?label
"""))
if not rows:
    sys.exit("no bodies cover privacy")
for row in rows:
    print(row.label)
