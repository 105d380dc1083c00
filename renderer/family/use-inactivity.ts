// True once nobody has touched the screen for `seconds` (a family walked away, a child
// wandered off); any touch, click or key makes it false again.
import { useEffect, useState } from 'react';

const activityEvents = ['pointerdown', 'keydown', 'wheel'] as const;

export function useInactivity(seconds: number, enabled: boolean): [boolean, () => void] {
  const [idle, setIdle] = useState(false);
  const [touch, setTouch] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let timer = window.setTimeout(() => {
      setIdle(true);
    }, seconds * 1000);
    const onActivity = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        setIdle(true);
      }, seconds * 1000);
    };
    for (const name of activityEvents) window.addEventListener(name, onActivity, true);
    return () => {
      window.clearTimeout(timer);
      for (const name of activityEvents) window.removeEventListener(name, onActivity, true);
    };
  }, [seconds, enabled, touch]);
  return [
    enabled && idle,
    () => {
      setIdle(false);
      setTouch((n) => n + 1);
    },
  ];
}
