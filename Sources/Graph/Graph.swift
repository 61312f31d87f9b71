/// The corpus graph: model, entity resolution, exporters and store (no Persian rules here).
