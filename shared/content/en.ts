import { about, checkupLog, editions, everydayLife, safety, sections, understanding } from './en/pages';
import { steps, techniques } from './en/steps';
import type { BookletTexts } from './types';

/* English booklet texts: plain international English, short sentences, “you” for the parent. */
export const en: BookletTexts = {
  sections,
  cover: {
    startDate: 'Start: {date}',
    preparedBy: 'Prepared by {title} {clinician}',
  },
  editions,
  fromSpecialist: {
    notesBox: 'From {title} {name}',
    nextAppointment: 'Next appointment: {date}',
    nextAppointmentNone: 'Next appointment: to be booked',
    contact: 'Phone: {phone}',
  },
  diagnosis: {
    heading: 'What your specialist found',
    condition: 'Valgus foot (flexible flat foot)',
    footLine: '{side}: {degree} ({method})',
    footLineNoMethod: '{side}: {degree}',
    degree: 'degree {n}',
    degreeNone: 'no valgus',
    methods: {
      heel_angle: 'heel angle',
      plantography: 'footprint (plantography)',
      xray: 'X-ray',
      clinical: 'examination',
      other: 'other method',
    },
    heelAngle: 'Heel angle: {angle}°',
    flexibility: { yes: 'Flexible foot', no: 'Stiff (rigid) foot' },
  },
  sides: { left: 'Left foot', right: 'Right foot', both: 'Both feet' },
  legs: { left: 'Left leg', right: 'Right leg' },
  understanding,
  safety,
  redFlags: {
    items: {
      pain: {
        heading: 'Pain',
        text: 'Your child has pain in the foot, ankle, calf or knee that keeps coming back, wakes them at night or stops them playing.',
      },
      stiffness: {
        heading: 'Stiffness',
        text: 'The arch does not appear when your child stands on tiptoe or sits with feet dangling, or the foot does not move easily.',
      },
      asymmetry: {
        heading: 'One foot different',
        text: 'One foot looks clearly different from the other, or the legs look uneven.',
      },
      limping: {
        heading: 'Limping or falls',
        text: 'Your child limps, trips or falls often, struggles to run or jump, or suddenly does not want to walk or play.',
      },
      rapid_change: {
        heading: 'Fast change',
        text: 'The feet or knock-knees get clearly worse over weeks or months, or the knock-knees are still there after about age 7.',
      },
      tender_swelling: {
        heading: 'Soreness or swelling',
        text: 'There is a sore spot, swelling or redness, or your child keeps twisting their ankle.',
      },
      neuro_signs: {
        heading: 'Weakness or clumsiness',
        text: 'Your child has weak muscles, walks on tiptoe, has muscle spasms, is unusually clumsy, or loses skills they already had.',
      },
    },
    afterStrapping: {
      heading: 'After wrapping or strapping',
      text: 'The toes turn pale, blue or cold, or tingle. Take the wrap off at once.',
    },
    contact: 'Clinic phone: {phone}',
    reminder: 'Warning signs? Call {phone}.',
    reminderNoPhone: 'Warning signs? Contact your doctor.',
  },
  planOverview: {
    course: 'Course {n}',
    break: 'Break',
    visit: 'Check-up',
    start: 'Start',
    summary: 'Each course: {courseDays} days of daily sessions. Then a break of {breakDays} days.',
    horizon: 'The whole plan: about {months} months.',
    breakSetBySpecialist: 'Your specialist chose this length of break.',
    minutesTable: {
      heading: 'Course 1, day by day',
      day: 'Day',
      minutes: 'Massage, min',
      intensity: 'Intensity',
      shorterEarly: 'Sessions start short, are longest in the middle of the course, then get a little shorter.',
    },
    followUps: {
      after_course: 'Check-up after course {n}',
      every_months: 'Regular check-up',
      end_of_horizon: 'End-of-plan check-up',
    },
    checkups: {
      heading: 'Check-ups',
      text: [
        'After each visit you will get an updated booklet or calendar.',
        'At the end of the plan, your specialist decides whether to continue, change or stop.',
        'If you notice a warning sign, contact your specialist without waiting for the next visit.',
      ],
    },
  },
  gettingReady: {
    items: {
      surface: 'A firm surface: a table with a blanket, a firm bed or the floor.',
      towel: 'A small rolled towel or cushion to go under the legs.',
      warmRoom: 'A warm room, so your child does not get cold.',
      hands: 'Warm hands, short nails, and no rings or watch.',
      oil: 'If you like, a little plain baby oil or cream. Do not use it on broken skin.',
      calmTime: 'A calm time of day, not straight after a meal.',
      mat: 'The bumpy mat, for straight after the massage.',
      bath: 'For the foot bath: a basin, a bath thermometer and a towel.',
    },
    shownReminder: 'Did your specialist show you the steps?',
    shownTip: 'If not, ask them to show you on your child, and practise while they watch.',
    video: 'Your clinic’s video: {url}',
  },
  techniques,
  steps,
  stepLabels: {
    step: 'Step {n}',
    cautionHeading: 'Take care',
    minutesAtPeak: 'About {minutes} min on the longest days',
    shownBySpecialist: 'Did your specialist show you this step?',
    note: 'Note from your specialist',
    addedBySpecialist: 'Added by your specialist',
    bothSides: 'Both sides',
    legWork: {
      full: '{leg}: the whole step.',
      light: '{leg}: stroking and rubbing only, for about a third of the time.',
      skip: '{leg}: skip this step.',
    },
    intensityCap: {
      light: 'Your specialist asks you to keep this step light.',
      moderate: 'Your specialist asks you to keep this step moderate, never full.',
    },
    customReps: 'Repetitions: {reps}',
    bothFeet: 'With both feet',
  },
  everydayLife,
  notes: {
    oneSided:
      'Only one foot is affected, so your specialist will want to check it regularly. Tell them about any pain or changes.',
    olderChild:
      'This routine was designed for younger children. If your child has foot pain or stiffness, ask your specialist to check it.',
    degree2Consistency: 'Doing the routine regularly, course after course, matters most.',
    splitSession:
      'A whole session can take about {minutes} min. You may split it: massage at one time of day, mat and exercises at another.',
    missedDays: {
      heading: 'Missed a day?',
      rule: 'Do not double up. Just carry on with the next day that is not ticked.',
      longGap: 'If you miss 3 or more days in a row, go back to the day 3 level and build up again.',
    },
  },
  calendar: {
    course: 'Course {n} of about {total}',
    dates: '{from} – {to}',
    suggestedStart: 'Suggested start: {date}',
    nextVisit: 'Next visit: {date}',
    nextVisitBlank: 'Next visit:',
    columns: {
      date: 'Date',
      day: 'Day',
      minutes: 'Min',
      intensity: 'Intensity',
      part_a: 'Part A',
      part_b: 'Part B',
      mood: 'How did it go?',
      notes: 'Notes',
    },
    stepColumns: {
      X01: 'Mat',
      X02: 'Circles',
      X03: 'Monkey feet',
      X04: 'Cross-legged',
      X05: 'Squats',
      B01: 'Foot bath',
    },
    intensity: { light: 'light', medium: 'medium', full: 'full (still gentle)' },
    faces: { good: 'Good', soSo: 'So-so', hard: 'Hard' },
    slots: { massage: 'Massage', exercises: 'Exercises' },
    skipped: {
      heading: 'Skipped because…',
      ill: 'ill',
      fever: 'fever',
      rash: 'rash',
      upset: 'child upset',
      other: 'other',
    },
    questions: 'Questions for my specialist',
    childTicks: '{name} can tick the boxes.',
    breakStrip: {
      heading: 'Break: no massage, but keep active',
      week: 'Week {n}',
      cycling: 'Cycling',
      swimming: 'Swimming',
      barefoot: 'Barefoot play',
      exercises: 'Exercises',
      exercisesNote: 'Exercises: 3 times a week',
    },
  },
  checkupLog,
  about,
  footer: {
    page: 'Page {page} of {pages}',
    phone: 'Clinic: {phone}',
  },
};
