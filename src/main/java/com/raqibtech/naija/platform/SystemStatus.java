package com.raqibtech.naija.platform;

/** What the home page and operators see at a glance. */
public record SystemStatus(String database, String keyValueStore, String schemaVersion, long products,
                           long customers, long orders) {
}
