// objectStore opens an IndexedDB object store of its own database (made on
// first use) and returns run(mode, fn): fn gets the store inside one
// transaction, and run settles when the transaction is over, with the
// result of the request fn returned, if any. The page keeps its articles
// with it (app.js) and the engine's worker its saved index (engine.js).
// options: as createObjectStore takes them ({keyPath: 'id'}).
function objectStore(database, name, options) {
  const db = new Promise((resolve, reject) => {
    const req = indexedDB.open(database, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(name, options);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  db.catch(() => {}); // said by the first run
  return async (mode, fn) => {
    const d = await db;
    return new Promise((resolve, reject) => {
      const tx = d.transaction(name, mode);
      const r = fn(tx.objectStore(name));
      tx.oncomplete = () => resolve(r && r.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  };
}
