/** The matter workflow: the aggregate and its state machine, routing, deadlines and the policy for who may act. */
package org.bianmin.matter.domain;
