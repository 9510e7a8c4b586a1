package com.raqibtech.naija.catalog.application;

/** Fired when products are added or changed, so the search index is rebuilt. */
public record CatalogChanged(String reason) {
}
