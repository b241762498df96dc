// The plan as data.
