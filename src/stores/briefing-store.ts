import { create } from 'zustand';
import { BriefingSchema, SlideSchema, type Briefing, type Slide } from '@/contract/briefing-schema';

const KEY = 'claimwatch.briefing';
const EMPTY: Briefing = { title: 'Briefing', slides: [] };

/** The briefing kept in this browser; a stored copy that no longer parses is set aside, not trusted. */
function load(): { briefing: Briefing; problem: string | null } {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return { briefing: EMPTY, problem: null };
    const parsed = BriefingSchema.safeParse(JSON.parse(raw));
    return parsed.success
      ? { briefing: parsed.data, problem: null }
      : { briefing: EMPTY, problem: 'The briefing stored in this browser was unreadable and has been set aside.' };
  } catch {
    return { briefing: EMPTY, problem: null };
  }
}

function save(briefing: Briefing) {
  try {
    localStorage.setItem(KEY, JSON.stringify(briefing));
  } catch {
    // storage full or unavailable: the briefing lives in memory for this page
  }
}

interface BriefingState {
  briefing: Briefing;
  problem: string | null;
  actions: {
    slideAdded: (slide: Omit<Slide, 'id'>) => void;
    slideMoved: (id: string, by: -1 | 1) => void;
    slideRemoved: (id: string) => void;
    /** A slide's title or speaker note edited after saving; a change the schema refuses (an empty title) is ignored. */
    slideEdited: (id: string, changes: Partial<Pick<Slide, 'title' | 'note'>>) => void;
    briefingRenamed: (title: string) => void;
    briefingReplaced: (briefing: Briefing) => void;
  };
}

const useBriefingStore = create<BriefingState>()((set, get) => {
  const update = (briefing: Briefing) => {
    save(briefing);
    set({ briefing, problem: null });
  };
  return {
    ...load(),
    actions: {
      slideAdded: (slide) => {
        const { briefing } = get();
        update({
          ...briefing,
          slides: [...briefing.slides, { ...slide, id: `s${Date.now().toString(36)}${briefing.slides.length}` }],
        });
      },
      slideMoved: (id, by) => {
        const slides = [...get().briefing.slides];
        const from = slides.findIndex((s) => s.id === id);
        const to = from + by;
        if (from < 0 || to < 0 || to >= slides.length) return;
        const [moved] = slides.splice(from, 1);
        if (moved) slides.splice(to, 0, moved);
        update({ ...get().briefing, slides });
      },
      slideRemoved: (id) => update({ ...get().briefing, slides: get().briefing.slides.filter((s) => s.id !== id) }),
      slideEdited: (id, changes) => {
        const slides = get().briefing.slides.map((s) => {
          if (s.id !== id) return s;
          const edited = SlideSchema.safeParse({ ...s, ...changes });
          return edited.success ? edited.data : s;
        });
        update({ ...get().briefing, slides });
      },
      briefingRenamed: (title) => update({ ...get().briefing, title }),
      briefingReplaced: (briefing) => update(briefing),
    },
  };
});

export const useBriefing = () => useBriefingStore((s) => s.briefing);
export const useBriefingProblem = () => useBriefingStore((s) => s.problem);
export const useBriefingActions = () => useBriefingStore((s) => s.actions);
