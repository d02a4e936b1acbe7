-- The relay leases a subscriber's pending deliveries in id order, each only if it is the earliest pending one of its
-- aggregate. With this index a lease reads about as many deliveries as it takes, whatever the backlog; before, every
-- lease read the subscriber's whole backlog (0.8 s a lease behind a 100,000-case import, measured).
create index outbox_delivery_pending on outbox_delivery (subscriber, id) where status = 'PENDING';
