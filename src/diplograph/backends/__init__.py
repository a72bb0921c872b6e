"""Store backends, registered by name in `diplograph.store.BACKENDS` and imported lazily."""
