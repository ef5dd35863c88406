/**
 * Keeps `value` under `key` in a per-process memory of at most `capacity` entries, the oldest
 * going first: a long-running server remembers what never changes (statements, plans, answer
 * keys, checked cookies) without growing for ever.
 */
export function remember<K, V>(memory: Map<K, V>, key: K, value: V, capacity: number): V {
	if (memory.size >= capacity && !memory.has(key)) memory.delete(memory.keys().next().value!);
	memory.set(key, value);
	return value;
}
