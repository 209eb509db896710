/**
 * The programme as immutable records: no JavaFX, no IO, java.base only. An edit returns new
 * records; identity of segments and slides is carried by their ids, not by object identity.
 */
package org.podium.model;
