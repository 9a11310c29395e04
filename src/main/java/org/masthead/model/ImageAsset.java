package org.masthead.model;

/** A stored picture, identified by the SHA-256 of its bytes. */
public record ImageAsset(String sha256, String mime, int width, int height, long size) {
}
