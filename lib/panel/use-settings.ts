import { useEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings, type EffectiveSettings } from '../settings';

/** The settings in force, kept current while the panel is open (undefined until read). */
export function useSettings(): EffectiveSettings | undefined {
  const [settings, setSettings] = useState<EffectiveSettings>();
  useEffect(() => {
    let stopped = false;
    void getSettings().then((effective) => {
      if (!stopped) setSettings(effective);
    });
    const unwatch = watchSettings((effective) => {
      if (!stopped) setSettings(effective);
    });
    return () => {
      stopped = true;
      unwatch();
    };
  }, []);
  return settings;
}
