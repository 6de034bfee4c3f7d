"""Item pipelines (enabled in settings.ITEM_PIPELINES)."""
