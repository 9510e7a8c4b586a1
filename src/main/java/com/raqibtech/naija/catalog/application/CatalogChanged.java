package com.raqibtech.naija.catalog.application;

/** Fired when product details (names, prices, categories) are added or changed, so the search index is rebuilt. */
public record CatalogChanged(String reason) {
}
