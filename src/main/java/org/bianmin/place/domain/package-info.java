/** Places (district, towns, villages) and the offices that serve them: the data scope of everything else. */
package org.bianmin.place.domain;
