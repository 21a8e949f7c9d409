/** Use cases for places and offices; each public method is one transaction. */
package org.bianmin.place.application;
