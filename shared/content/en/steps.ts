import type { StepTexts, TechniqueTexts } from '../types';

/* English step texts (§1.6-1.8, §3.3). Directions follow Fig. 4-16: limbs from the foot towards the body. */
export const steps: StepTexts = {
  M01: {
    title: 'Lying on the tummy',
    instructions: [
      'Lay your child on their tummy on a firm surface, such as a table with a blanket, a firm bed or the floor.',
      'Put a small rolled towel under the shins, so the feet are lifted a little.',
      'Start when your child is calm, with loose shoulders. A song, a story or a favourite toy can help.',
    ],
    dose: null,
    caution: null,
    toddler: {
      instructions: [
        'Lay your child on their tummy on a firm surface, with a small rolled towel under the shins.',
        'Toddlers rarely lie still for long. Sing, tell a story or give them a toy to hold.',
        'Start when they are calm. If they get upset, stop and try again later.',
      ],
      dose: null,
      caution: null,
    },
    older: {
      instructions: [
        'Ask your child to lie on their tummy on a firm surface, with a small rolled towel under the shins.',
        'Older children often like to listen to music or an audiobook while you work.',
        'Start when they are relaxed, with loose shoulders.',
      ],
      dose: null,
      caution: null,
    },
  },
  M02: {
    title: 'Back and lower back',
    instructions: [
      'With both hands, stroke from the middle of the back out to the sides and downwards.',
      'Then rub gently in the same directions, all the way down to the lower back.',
      'When the skin is warm and a little pink, make small circles with your fingertips on the muscles beside the spine.',
    ],
    dose: null,
    caution: 'Never press or tap on the spine, the row of bony bumps down the middle of the back.',
    toddler: null,
    older: null,
  },
  M03: {
    title: 'Buttocks',
    instructions: [
      'The buttocks can take slightly firmer work.',
      'Knead them in slow circles with your palms.',
      'Then drum lightly with your fingertips, like gentle rain.',
    ],
    dose: null,
    caution: 'Keep it comfortable. If your child tenses up, go lighter.',
    toddler: null,
    older: null,
  },
  M04: {
    title: 'Back of the thighs',
    instructions: [
      'Start just above the crease behind the knee.',
      'Stroke up towards the buttock and out to the sides.',
      'Take extra care high up on the back of the thigh, where the muscles are often tight.',
      'Once the skin is warm, knead the muscle gently between both hands.',
    ],
    dose: null,
    caution: 'Do not massage the back of the knee. Lift your hands over it.',
    toddler: null,
    older: null,
  },
  M05: {
    title: 'Calves',
    instructions: [
      'Stroke and rub the calf from the ankle up towards the knee.',
      'The calf is usually tight, so spend a little longer here.',
      'Work deeper only when the area feels warm.',
    ],
    dose: null,
    caution: 'Stop below the crease behind the knee.',
    toddler: null,
    older: null,
  },
  M06: {
    title: 'From the heel up the calf',
    instructions: [
      'Start just above the heel and work up the calf.',
      'Gently pick up the muscle between your thumb and fingers, then let go at once. Repeat all the way up.',
      'Knead the calf with both hands.',
      'Finish with light taps, using the little-finger edges of your hands.',
    ],
    dose: null,
    caution: 'Tap only on the soft muscle, never on the tendon above the heel or on bone. Use light force.',
    toddler: null,
    older: null,
  },
  M07: {
    title: 'Soles of the feet',
    instructions: [
      'Hold the foot and stroke the sole with both thumbs, from the toes towards the heel.',
      'Then make small circles with your thumbs along the sole, around each little bone in turn.',
      'If your child is ticklish, slower and slightly firmer strokes often help.',
    ],
    dose: null,
    caution: 'Keep your pressure on the sole gentle.',
    toddler: null,
    older: null,
  },
  M08: {
    title: 'Finishing pats',
    instructions: ['Finish by patting lightly with open palms.', 'Pat every area you worked on: {areas}.'],
    areas: { back: 'back', buttocks: 'buttocks', legs: 'legs', feet: 'feet' },
    dose: null,
    caution: null,
    toddler: null,
    older: null,
  },
  M09: {
    title: 'Turning onto the back',
    instructions: ['Turn your child onto their back.', 'Put the towel roll under the legs again.'],
    dose: null,
    caution: null,
    toddler: null,
    older: null,
  },
  M10: {
    title: 'Front of the thighs',
    instructions: [
      'Stroke and rub lightly from just above the kneecap up towards the hip.',
      'Work up and out to the sides, as you did on the back of the thighs.',
    ],
    dose: null,
    caution: 'Keep it light here. Do not massage the kneecap.',
    toddler: null,
    older: null,
  },
  M11: {
    title: 'Outer side of the shins',
    instructions: [
      'Lift your hands over the kneecap.',
      'Work on the outer side of the shin, from the ankle up towards the knee.',
    ],
    dose: null,
    caution: 'Never massage the kneecap. Do not press on the shin bone, the hard edge at the front.',
    toddler: null,
    older: null,
  },
  M12: {
    title: 'Tops of the feet and toes',
    instructions: [
      'Gently press and roll each toe in turn.',
      'Then stroke the top of the foot from the toes towards the ankle, always in that direction.',
    ],
    dose: null,
    caution: null,
    toddler: null,
    older: null,
  },
  X01: {
    title: 'Bumpy mat',
    instructions: [
      'Straight after the massage, let your child walk on the bumpy mat.',
      'Make it a game: stepping stones, marching soldiers or animal walks.',
    ],
    hopLine: 'If they like, they can hop on the mat too.',
    buildUpDose: 'Start with {startMinutes} min and build up to {minutes} min by day {days}.',
    dose: 'About {minutes} min',
    caution: null,
    toddler: {
      instructions: [
        'Hold your child’s hand and walk across the bumpy mat together.',
        'Make it a game: stepping stones, or walk like a bear or a bunny.',
      ],
      dose: 'About {minutes} min',
      caution: null,
    },
    older: {
      instructions: [
        'Straight after the massage, your child walks on the bumpy mat.',
        'Let them invent their own routes and challenges.',
      ],
      dose: 'About {minutes} min',
      caution: null,
    },
  },
  X02: {
    title: 'Foot circles',
    instructions: [
      'Your child sits on the floor with legs straight out in front.',
      'They draw circles with their feet: first one way, then the other.',
      'Counting out loud together makes it more fun.',
    ],
    dose: 'Circles each way: {reps}',
    rampDose: 'Circles each way: start with {startReps}, build up to {reps}.',
    caution: null,
    toddler: {
      instructions: [
        'Sit your child on the floor with legs straight out.',
        'If it is hard for them, gently guide each foot round in a circle with your hand.',
        'Play “stir the soup”: one way, then the other.',
      ],
      dose: 'Circles each way: {reps}',
      caution: null,
    },
    older: null,
  },
  X03: {
    title: 'Monkey feet',
    instructions: [
      'Play “monkey feet”: your child picks up a toy with the toes of one foot.',
      'They hold it for a moment, then drop it into a box.',
      'Take turns with each foot.',
    ],
    dose: 'Pick-ups with each foot: {reps}. Hold each for {seconds} s.',
    caution: null,
    toddler: {
      instructions: [
        'Play “monkey feet” with a big, soft toy.',
        'Your child grabs it with their toes, holds it for a moment and drops it into a box.',
        'Take turns with each foot.',
      ],
      dose: 'Pick-ups with each foot: {reps}. Hold each for {seconds} s.',
      caution: 'Use only big toys that do not fit inside a toilet-paper tube. Small objects can choke a young child.',
    },
    older: {
      instructions: [
        'Your child picks up a small ball or a sock with the toes.',
        'They hold it, then drop it into a box.',
        'Switch feet each time.',
      ],
      dose: 'Pick-ups with each foot: {reps}. Hold each for {seconds} s.',
      caution: null,
    },
  },
  X04: {
    title: 'Sitting cross-legged',
    instructions: [
      'Sit cross-legged on the floor together.',
      'Read a short story or look at a picture book while you sit.',
    ],
    dose: 'About {minutes} min',
    caution: null,
    toddler: {
      instructions: [
        'Sit cross-legged together for story time.',
        'If your child gets up after a minute, that is fine.',
      ],
      dose: 'About {minutes} min',
      caution: null,
    },
    older: null,
  },
  X05: {
    title: 'Squats',
    instructions: [
      'Your child squats down and stands up again, with the knees pointing outwards.',
      'Hold hands if they need help with balance.',
    ],
    dose: 'Squats: {reps}',
    caution: null,
    toddler: {
      instructions: [
        'Hold both hands and squat down together, knees pointing outwards.',
        'Make it a game: “pick a flower” from the floor each time.',
      ],
      dose: 'Squats: {reps}',
      caution: null,
    },
    older: {
      instructions: [
        'Your child squats down and stands up again, with the knees pointing outwards.',
        'They can count out loud and tick the calendar themselves.',
      ],
      dose: 'Squats: {reps}',
      caution: null,
    },
  },
  B01: {
    title: 'Warm and cool foot bath',
    instructions: [
      'Fill a basin with warm water at 37–38 °C. Check it with a bath thermometer or your elbow.',
      'Let your child soak their feet, then pour cool (not icy) tap water over them.',
      'Put the feet back in the warm water for a few minutes.',
      'Dry the feet well, also between the toes, and put on socks.',
    ],
    herbs:
      'You may add a herbal infusion if you like. Leave it out if your child has eczema, broken skin or allergies.',
    dose: 'Warm soak: {soakMinutes} min. Cool pour: {coolSeconds} s. Warm again: {warmMinutes} min.',
    caution: 'Stay with your child the whole time, and check the water temperature every time.',
    toddler: null,
    older: null,
  },
};

export const techniques: TechniqueTexts = {
  items: {
    stroke: { name: 'Stroking', description: 'Slow, light strokes with a flat, relaxed hand.' },
    rub: { name: 'Rubbing', description: 'Small, brisk movements with fingertips or palm that warm the skin.' },
    knead: { name: 'Kneading', description: 'Gently squeeze and roll the muscle, like soft dough.' },
    pinch_release: { name: 'Pick-up', description: 'Lift the muscle between thumb and fingers, then let go at once.' },
    drum: { name: 'Fingertip drumming', description: 'Light, quick taps with your fingertips, like gentle rain.' },
    chop: {
      name: 'Edge-of-hand tapping',
      description: 'Light, quick taps with the little-finger edges of your hands, on muscle only.',
    },
    pat: { name: 'Patting', description: 'Soft pats with an open palm, to finish.' },
  },
  orderRule:
    'In each area, go in this order: stroke, rub, knead, then tap only where a step says so. Finish with light stroking or patting.',
  warmFirst: 'Warm up first. When the skin feels warm and looks a little pink, you can work a little deeper.',
  gentle: 'More force does not mean more benefit. Use gentle, steady pressure.',
};
